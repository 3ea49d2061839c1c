from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, t STRING, b BOOLEAN, ts TIMESTAMP, dt DATE, m DECIMAL(10,2), d DOUBLE, k BIGINT, i INT, n DECIMAL(20,0)").json(INPUT)
result = df.withColumn("c1", expr("format_string('%e', least(CAST(1000L AS DOUBLE), exp(d), d))")).withColumn("c2", F.format_string("%.2f / %s", F.nullif((col("d") + col("id")), lit(3.75)), F.sha1(col("c1")))).withColumn("c3", expr("((s BETWEEN 'Hello' AND '日本') OR (b IS NOT NULL))")).drop("b", "ts", "m", "i").filter("(((ts <> TIMESTAMP'1999-12-31 23:59:59.999') <=> (b IS NOT TRUE)) OR b)")
OUTPUT_MODE = "append"
