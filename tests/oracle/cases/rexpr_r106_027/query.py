from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("csc(nullif(d, 0))").alias("c1"), expr("sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1]").alias("c2"), expr("to_timestamp_ltz(to_char(nullifzero(datediff(dt, dt)), 'S9999'))").alias("c3"), expr("vector_l2_distance(array(CAST(shiftrightunsigned(i, 28) AS FLOAT), 0.0F), array(3.0F, 4.0F))").alias("c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c4 FROM rexpr_q ORDER BY c2 ASC NULLS LAST, id"]
