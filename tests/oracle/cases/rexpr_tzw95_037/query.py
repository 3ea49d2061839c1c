spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, n DECIMAL(20,0), b BOOLEAN, ts TIMESTAMP, s STRING, m DECIMAL(7,0), d DOUBLE, i INT").json(INPUT)
result = df.withColumn("c1", (col("n") % F.nullif(lit(.001).cast("decimal(4,3)"), lit(0)))).withColumn("c2", F.make_date(F.year(col("dt")), lit(2), lit(30))).withColumn("c3", F.regexp_extract(col("s"), "^(\\S*)", 1)).withColumn("d", expr("try_divide(exp(round(d, 0)), CASE WHEN b THEN (i % nullif(i, 0)) WHEN b THEN i ELSE i END)")).withColumn("c5", expr("CASE WHEN b THEN CASE WHEN (ts > TIMESTAMP'2024-03-01 12:30:00.123456') THEN dt ELSE dt END WHEN (s IS NULL) THEN CASE WHEN b THEN dt ELSE to_date('2000-01-01') END WHEN (ts > TIMESTAMP'2024-02-29 00:00:00') THEN dt ELSE DATE'2023-12-31' END")).drop("dt", "n", "ts", "m", "i")
OUTPUT_MODE = "append"
