from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "endswith(left(s, 0), 'é') AS c1", "(CAST(1 AS DECIMAL(12,2)) * round((n - m), 0)) AS c2").where((col("id") != lit(0).cast("bigint")))
OUTPUT_MODE = "append"
