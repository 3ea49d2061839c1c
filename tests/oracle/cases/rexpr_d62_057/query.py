from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, s STRING, b BOOLEAN, m DECIMAL(10,2), d DOUBLE, t STRING, ts TIMESTAMP, dt DATE").json(INPUT)
result = df.filter("coalesce((i < 0), true)").withColumn("c1", expr("CAST(octet_length(regexp_replace(CAST(b AS STRING), ' +', '_')) AS BOOLEAN)")).withColumn("ts", expr("(if(b, TIMESTAMP'1999-12-31 23:59:59.999', ts) - INTERVAL 36 HOURS)")).withColumn("c3", F.next_day(F.when(col("b"), col("dt")).when(col("j").isin(lit(5)), F.ifnull(col("dt"), F.to_date(lit("2023-12-31")))).otherwise(F.date_add(col("dt"), col("i"))), "Mon")).withColumn("c4", (col("i") * lit(0)))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, d FROM rexpr_q ORDER BY id DESC"]
