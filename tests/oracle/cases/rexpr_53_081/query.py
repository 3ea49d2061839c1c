from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("nvl2(m, to_date('2023-12-31'), to_date('2000-01-01')) AS c1", "least(t, t)", "abs((n * i)) AS c3")
OUTPUT_MODE = "append"
