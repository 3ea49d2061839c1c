from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("regexp_extract_all(s, '[0-9]+', 0) AS c1", "pmod(i, nullif(0, 0)) AS c2")
OUTPUT_MODE = "append"
