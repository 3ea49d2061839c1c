from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("s").agg(F.sum(F.when((col("id") - lit(-2).cast("bigint")).isNotNull(), F.pmod(col("m"), expr("2.5"))).otherwise(lit(0))).alias("a1"), expr("sum(CASE WHEN endswith(ifnull(s, '日本'), 'é') THEN octet_length(date_format(dt, 'EEE')) ELSE 0 END) AS a2")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "complete"
