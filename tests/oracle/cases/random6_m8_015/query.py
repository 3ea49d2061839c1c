df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT q2, max(named_struct('a', amount, 'u', user)).u AS top2 FROM (SELECT *, '10' - qty AS qleft, qty * 2 + 1 AS q2 FROM events) ev GROUP BY q2 HAVING count(*) > 1")
OUTPUT_MODE = "update"
