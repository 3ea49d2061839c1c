from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, n DECIMAL(20,0), t STRING, d DOUBLE, dt DATE, i INT, s STRING, b BOOLEAN, ts TIMESTAMP, m DECIMAL(10,2)").json(INPUT)
result = df.filter("((substring(substring(s, 1, 1), 2, 0) RLIKE '^\\\\s') OR (m <= 12.345))").withColumn("c1", F.least(col("i"), col("i"), F.levenshtein(col("t"), col("s")))).withColumn("c2", expr("CASE WHEN (b OR b) THEN TRY_CAST('日本' AS TIMESTAMP) ELSE ts END")).withColumn("c3", F.dayofmonth(F.make_timestamp(F.year(F.to_date(F.to_timestamp(lit("1999-12-31 23:59:59.999")))), F.month(F.to_date(F.to_timestamp(lit("1999-12-31 23:59:59.999")))), F.dayofmonth(F.to_date(F.to_timestamp(lit("1999-12-31 23:59:59.999")))), lit(23), lit(59), lit(0)))).withColumn("c4", expr("(CAST(ifnull((b IS NOT NULL), false) AS INT) < hour(timestamp_seconds(i)))")).withColumn("c5", F.length(F.crc32(F.get(F.split(col("t"), "  *"), 1)).cast("string")))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c5 FROM rexpr_q ORDER BY i ASC NULLS FIRST, id"]
