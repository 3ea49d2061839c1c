from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("j", "left(s, 4) AS c1", "TRY_CAST(regexp_extract(s, '([A-Za-z]+) ([A-Za-z]+)', 2) AS BOOLEAN) AS c2", "(dt > 5) AS c3", "btrim(s) AS c4", "bround((i / -4), -1) AS c5", "(m % 10.5)").filter(F.coalesce((col("i") == col("id")), lit(True)))
OUTPUT_MODE = "append"
