from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy((col("t") != lit(" ")).isNotNull().alias("k1")).agg(F.min(F.nvl(col("t"), lit("2024-02-29"))).alias("a1"), expr("round(avg(CAST(b AS DECIMAL(20,0))), 2) AS a2"), expr("min(add_months(dt, i)) AS a3")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
