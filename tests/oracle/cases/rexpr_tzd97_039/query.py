spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.log(col("n"))).withColumn("c2", F.nvl2(F.concat(col("t"), col("t"), col("m").cast("string")), F.nullif(col("i"), lit(0)), col("i"))).withColumn("c3", expr("(date_format(greatest(ts, ts, least(TIMESTAMP'2024-02-29 00:00:00', TIMESTAMP'1999-12-31 23:59:59.999')), 'yyyy-MM-dd') RLIKE 'o$')")).withColumn("c4", expr("CASE WHEN ((i * m) IS NOT NULL) THEN dt WHEN (size(split(s, '  *')) IN (1, 3)) THEN dt WHEN (b > true) THEN dt END")).withColumn("c5", expr("date_trunc('SECOND', (make_timestamp(year(date_add(dt, i)), month(date_add(dt, i)), dayofmonth(date_add(dt, i)), 12, 30, 59.999999) - INTERVAL '1 02:03:04.000005' DAY TO SECOND))")).drop("i", "j", "d", "f", "n", "t")
OUTPUT_MODE = "append"
