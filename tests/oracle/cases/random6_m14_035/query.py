df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT rc, count(*) AS cnt, sum(qty & 1) AS odd, max(qty) - min(qty) AS qrange FROM (SELECT *, concat(region, ':', channel) AS rc FROM events) ev WHERE region IN ('eu', 'us') GROUP BY rc HAVING count(*) > 2 ORDER BY cnt DESC NULLS LAST")
OUTPUT_MODE = "complete"
