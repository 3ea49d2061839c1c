spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(id = 1000L)").withColumn("c1", expr("(i - id)")).withColumn("c2", F.array_sort(F.array(col("i"), F.array_max(F.array(F.nullif(col("i"), lit(1)), F.json_array_length(col("t")), lit(3))), lit(None), lit(-1)))).withColumn("c3", F.regexp_extract_all(F.md5(col("t")), lit('([a-z])([a-z]+)'), 2)).withColumn("c4", F.negative(F.when(col("b"), col("i")).when((col("id") == lit(0).cast("bigint")), col("i")).when(col("b"), lit(3)).cast("double"))).select("id", "c1", "c2", "c3", "c4").where("(i < -1)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c1 DESC NULLS LAST, id"]
