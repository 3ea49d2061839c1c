from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, j INT, dt DATE, s STRING, f FLOAT, d DOUBLE, b BOOLEAN, n DECIMAL(4,1), ts TIMESTAMP, i INT, k BIGINT, m DECIMAL(18,6)").load(INPUT)
result = df.select("id", expr("signum(j)"), expr("add_months(date_add(CASE WHEN b THEN dt ELSE dt END, i), i) AS c2"), (col("id") % F.nullif(lit(1), lit(0))).alias("c3"), expr("(((i + id) % 10) % nullif(size(split(left(s, 4), ' ')), 0))").alias("c4")).filter((col("ts") >= F.to_timestamp(lit("1999-12-31 23:59:59.999"))))
OUTPUT_MODE = "append"
