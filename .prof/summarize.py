import json,glob,collections,os,sys
f=max(glob.glob('*.cpuprofile'),key=os.path.getsize)
p=json.load(open(f))
nodes={n['id']:n for n in p['nodes']}
parent={}
for n in p['nodes']:
    for c in n.get('children',[]): parent[c]=n['id']
self=collections.Counter(); incl=collections.Counter()
total=len(p['samples'])
def name(n):
    cf=n['callFrame']; return (cf['functionName'] or '(anon)')+' '+cf['url'].split('/')[-1]+':'+str(cf['lineNumber'])
for s in p['samples']:
    self[name(nodes[s])]+=1
    seen=set(); i=s
    while i in nodes:
        k=name(nodes[i])
        if k not in seen: incl[k]+=1; seen.add(k)
        i=parent.get(i)
        if i is None: break
print('SELF'); 
for k,v in self.most_common(30): print(f"{100*v/total:5.1f}% {k}")
print('INCL')
for k,v in incl.most_common(int(sys.argv[1]) if len(sys.argv)>1 else 60): print(f"{100*v/total:5.1f}% {k}")
