from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(id * 1) AS c1", "(10 * m) AS c2", "ltrim(substring(s, 0, 0)) AS c3")
OUTPUT_MODE = "append"
