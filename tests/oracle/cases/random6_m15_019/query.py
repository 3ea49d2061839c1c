df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT ch2, round(sum(amount), 2) AS suma, count_if(note IS NULL) AS nonote, bool_or(amount > 80) AS anyhuge FROM (SELECT *, named_struct('r', region, 'c', channel).c AS ch2, concat(space(qty % 3), user) AS padded FROM events) ev GROUP BY ch2 HAVING count(*) > 2")
OUTPUT_MODE = "update"
