from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, t STRING, ts TIMESTAMP, m DECIMAL(10,2), d DOUBLE, n DECIMAL(4,1), s STRING, j INT, dt DATE, i INT").json(INPUT)
result = df.selectExpr("id", "if((t > ''), substring(overlay(s PLACING 'xx' FROM 4 FOR 0), 1, 0), nullif(substr(t, 2, 1), '日本')) AS c1", "ceiling(-3.10)", "try_multiply((try_divide(j, CAST(NULL AS INT)) * d), d) AS c3")
OUTPUT_MODE = "append"
