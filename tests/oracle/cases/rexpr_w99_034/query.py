from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "CAST(1 AS BIGINT) AS c1", "CAST(i AS TIMESTAMP)", "format_string('%e', d) AS c3", "try_element_at(split(t, ' '), 2) AS c4").where("((d <= 2.0D) OR (i IS NULL))")
OUTPUT_MODE = "append"
