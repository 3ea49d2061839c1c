df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT region, count_if(note IS NULL) AS nonote FROM (SELECT *, '10' - qty AS qleft FROM events) ev WHERE '3' < qty GROUP BY region ORDER BY nonote DESC NULLS LAST")
OUTPUT_MODE = "complete"
