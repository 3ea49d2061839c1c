from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("coalesce((nvl2(dt, n, 99.99) IS NOT NULL), true)").selectExpr("id", "coalesce(f, f, -1.5D) AS c1", "(i * 0) AS c2", "initcap(substring(t, 2, 0)) AS c3")
OUTPUT_MODE = "append"
