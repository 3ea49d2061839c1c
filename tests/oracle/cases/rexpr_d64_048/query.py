from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, j INT, s STRING, ts TIMESTAMP, d DOUBLE, i INT, m DECIMAL(10,2), b BOOLEAN, f FLOAT, k BIGINT, t STRING").json(INPUT)
result = df.selectExpr("overlay(t PLACING 'xx' FROM 1 FOR 0)", "((- quarter(dt)) <=> try_subtract(m, pmod(CASE WHEN b THEN m ELSE m END, 10.5))) AS c2")
OUTPUT_MODE = "append"
