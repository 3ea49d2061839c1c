from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("((d = 0.1D) OR (id < 1L))").selectExpr("id", "least(CAST(i AS TIMESTAMP), ts) AS c1", "regexp_replace(from_unixtime(-2L, 'yyyy-MM-dd'), ' +', '_')")
OUTPUT_MODE = "append"
