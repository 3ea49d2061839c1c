spark.conf.set("spark.sql.session.timeZone", "America/New_York")
df = spark.readStream.schema("s STRING, i INT").json(INPUT)
df.createOrReplaceTempView("t")
result = spark.sql("SELECT i, TIMESTAMP_NTZ '2024-01-01 10:00:00', CAST(s AS TIMESTAMP_NTZ) AS c, TIMESTAMP_NTZ '2024-03-10 02:30:00' + INTERVAL 1 DAY AS d, hour(TIMESTAMP_NTZ '2024-01-01 10:00:00') AS h, CAST('2024-01-01' AS TIMESTAMP_NTZ) AS e FROM t")
OUTPUT_MODE = "append"
