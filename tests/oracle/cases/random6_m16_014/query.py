df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT region, round(avg(amount), 3) AS avga, round(sum(amount) / count(*), 2) AS per, count_if(note IS NULL) AS nonote FROM events WHERE named_struct('a', amount, 'u', user).a > 30 AND (qty | 1) = 3 GROUP BY ALL HAVING count(*) > 2 ORDER BY avga DESC NULLS LAST")
OUTPUT_MODE = "complete"
