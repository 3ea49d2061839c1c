df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT note2, sum(qty) FILTER (WHERE channel = 'web') AS webq, count_if(note IS NULL) AS nonote FROM (SELECT *, coalesce(note, 'none') AS note2 FROM events) ev WHERE amount IS NOT NULL AND '3' < qty GROUP BY note2")
OUTPUT_MODE = "update"
