from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(true OR (d IS NULL))").selectExpr("id", "ts", "(f IN (0.001D, 3.75D)) AS c1", "(id / nullif(i, 0)) AS c2", "CASE WHEN b THEN dt WHEN (dt >= DATE'2000-01-01') THEN dt WHEN b THEN dt END AS c3").filter((F.isnull(col("ts")) | (col("id") >= lit(1000).cast("bigint"))))
OUTPUT_MODE = "append"
