df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, count_if(note IS NULL) AS nonote, max(qty) - min(qty) AS qrange FROM (SELECT *, upper(substr(user, 1, 1)) AS initial FROM events) ev WHERE amount > 5 OR qty IS NULL GROUP BY 1 HAVING count(*) > 1")
OUTPUT_MODE = "update"
