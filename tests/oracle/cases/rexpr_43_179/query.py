from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("k").cast("boolean") | (col("dt") >= F.to_date(lit("2000-01-01"))))).select("id", expr("locate('l', lpad(format_string('[%5s|%-4d]', s, k), 0, 'ab'))").alias("c1"), expr("format_number(CAST(j AS DOUBLE), 0) AS c2"), expr("(i - i) AS c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
