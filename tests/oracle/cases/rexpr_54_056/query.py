from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "nullif((d - 3.75D), 100.0D)", "char_length(ucase(s)) AS c2", "((dt <> to_date('2024-02-29')) <> b)").where("coalesce((t > s), true)")
OUTPUT_MODE = "append"
