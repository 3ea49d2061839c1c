from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("round(TRY_CAST(j AS DECIMAL(10,4)), 3) AS c1", "array_contains(split(initcap(substring(rpad(s, 8, ' '), 1, 10)), ','), 'b') AS c2", "TRY_CAST('o' AS DATE) AS c3")
OUTPUT_MODE = "append"
