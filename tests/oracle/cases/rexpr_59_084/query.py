from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "substring(regexp_extract(s, '([0-9]+)', 1), 5, 10)", "hash(ts, dt) AS c2").filter("(NOT coalesce((s NOT IN (' ', 'o')), false))")
OUTPUT_MODE = "append"
