from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, ts TIMESTAMP, d DOUBLE, k BIGINT, i INT, j INT, s STRING, m DECIMAL(7,0), t STRING").json(INPUT)
result = df.selectExpr("endswith(concat(format_number(i, 2), t, regexp_extract(s, '([A-Za-z]+) ([A-Za-z]+)', 2)), '') AS c1", "CASE WHEN (j > 1) THEN m ELSE m END").filter(((F.to_timestamp(lit("1999-12-31 23:59:59.999")) != lit(None).cast("date")) | (~col("c1"))))
OUTPUT_MODE = "append"
