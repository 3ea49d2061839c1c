spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, n DECIMAL(9,5), dt DATE, m DECIMAL(10,2), d DOUBLE, s STRING, ts TIMESTAMP, k BIGINT, i INT, j INT").load(INPUT)
result = df.select(expr("coalesce(coalesce(dt, add_months(CAST(NULL AS DATE), i), DATE'2000-01-01'), DATE'2000-01-01') AS c1"), (col("i") * lit(1)).alias("c2")).filter("(CAST(j AS BOOLEAN) OR (k <= 0L))")
OUTPUT_MODE = "append"
