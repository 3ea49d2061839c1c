spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("hour(CASE WHEN (s <=> '日本') THEN to_timestamp(date_format(TRY_CAST(s AS TIMESTAMP), 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS') WHEN (0.001D < 0.5D) THEN ((ts - INTERVAL '90' MINUTE) - INTERVAL '1 02:03:04.000005' DAY TO SECOND) ELSE CASE WHEN (d < 2.0D) THEN ts ELSE ts END END)")).withColumn("c2", (col("m") / col("i"))).withColumn("c3", (col("ts") - expr("INTERVAL -3 DAYS")).cast("string")).drop("i", "d", "m", "n", "s", "dt")
OUTPUT_MODE = "append"
