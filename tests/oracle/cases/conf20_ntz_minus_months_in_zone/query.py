from pyspark.sql.functions import expr
spark.conf.set("spark.sql.session.timeZone", "America/New_York")
df = spark.readStream.schema("id INT, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("CAST(ts AS TIMESTAMP_NTZ) - INTERVAL 1 MONTH AS a"), expr("CAST(ts AS TIMESTAMP_NTZ) + INTERVAL '1-2' YEAR TO MONTH AS b"), expr("timestampadd(MONTH, 1, CAST(ts AS TIMESTAMP_NTZ)) AS c"), expr("timestampadd(DAY, 1, CAST(ts AS TIMESTAMP_NTZ)) AS d"), expr("timestampadd(HOUR, 24, ts) AS e"))
OUTPUT_MODE = "append"
