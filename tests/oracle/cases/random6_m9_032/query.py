df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT ts + INTERVAL 1 HOUR AS later, space(qty) AS sp, initial FROM (SELECT *, upper(substr(user, 1, 1)) AS initial FROM events) e")
OUTPUT_MODE = "append"
