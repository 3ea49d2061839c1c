from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(10,2), s STRING, ts TIMESTAMP, i INT, n DECIMAL(5,3), j INT, d DOUBLE, f FLOAT, b BOOLEAN, t STRING, dt DATE").load(INPUT)
result = df.selectExpr("id", "abs((id / 3)) AS c1", "date_trunc('MINUTE', timestamp_seconds((3 * (i - i)))) AS c2")
OUTPUT_MODE = "append"
