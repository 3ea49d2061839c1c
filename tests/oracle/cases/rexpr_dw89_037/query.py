from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "m", "try_subtract(((99.99 + m) * locate(' ', 'o')), if(ifnull(b, true), m, m)) AS c1", "((i - -2L) * -1)", "(id % nullif(TRY_CAST(id AS INT), 0))", "degrees((i + d))")
OUTPUT_MODE = "append"
