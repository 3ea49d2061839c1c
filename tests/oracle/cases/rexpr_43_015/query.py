from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(12,4), b BOOLEAN, n DECIMAL(20,0), k BIGINT, d DOUBLE, f FLOAT, s STRING, t STRING, dt DATE, ts TIMESTAMP, i INT").load(INPUT)
result = df.selectExpr("id", "((i <= 2) > (m <> 12.345)) AS c1", "(n + (n - i)) AS c2").where("((b IS NOT NULL) OR (t IS NULL))")
OUTPUT_MODE = "append"
