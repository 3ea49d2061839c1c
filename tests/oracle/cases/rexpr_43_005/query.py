from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "j", "(i + i) AS c1", "round((n / nullif(n, 0))) AS c2")
OUTPUT_MODE = "append"
