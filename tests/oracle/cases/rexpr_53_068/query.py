from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("b", "array_join(split(date_format(ts, 'yyyy-MM-dd HH:mm:ss.SSSSSS'), '  *'), '-') AS c1", "(- (CAST(i AS DOUBLE) / nullif(try_divide(d, i), 0))) AS c2")
OUTPUT_MODE = "append"
