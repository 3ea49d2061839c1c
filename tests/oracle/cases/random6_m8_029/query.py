df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT (qty > 2) = false AS small, split_part(concat(region, '.', channel), '.', 2) AS part, upper(region) AS r FROM (SELECT * FROM events WHERE named_struct('a', amount, 'u', user).a > 30 UNION ALL SELECT * FROM events WHERE qty IN (2, 2)) u WHERE qty BETWEEN 1 AND 4 AND amount > 5 OR qty IS NULL")
OUTPUT_MODE = "append"
