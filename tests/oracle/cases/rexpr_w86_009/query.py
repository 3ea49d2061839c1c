from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, b BOOLEAN, f FLOAT, s STRING, m DECIMAL(38,10), i INT, dt DATE, t STRING, d DOUBLE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("((2 * id) % nullif(abs(i), 0)) AS c1", "unix_timestamp(dt) AS c2")
OUTPUT_MODE = "append"
