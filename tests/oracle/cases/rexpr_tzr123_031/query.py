spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "j", expr("xpath_float('<a b=\"' || i || '\"/>', 'a/@b')").alias("c1"), expr("isnan(d)").alias("c2"), expr("CASE WHEN (86400L = CAST(NULL AS DECIMAL(10,2))) THEN TRY_CAST(d AS DECIMAL(12,2)) ELSE 99.99 END AS c3"), F.array_sort(F.array(col("i"), col("i"), lit(None), lit(-1))).alias("c4"), expr("CASE to_csv(named_struct('d', dt, 'x', d)) WHEN '' THEN convert_timezone('America/Los_Angeles', 'UTC', ts) WHEN 'Hello' THEN ts ELSE ts END").alias("c5")).where("(startswith('Hello', ' ') OR (c1 >= 100.0D))")
OUTPUT_MODE = "append"
