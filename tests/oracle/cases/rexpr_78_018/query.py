from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("((b OR (ts <> TIMESTAMP'1999-12-31 23:59:59.999')) OR (i >= 10))").withColumn("c1", F.lower(F.try_element_at(F.split(col("m").cast("string"), "-"), lit(3)))).withColumn("c2", col("c1")).withColumn("c3", F.when(col("b"), col("c2")).when((col("k") != lit(1).cast("bigint")), col("c2")).when(col("b"), col("t")).otherwise(col("c1"))).drop("j", "d", "f", "s", "b", "ts").filter((col("s").try_cast("boolean") | col("b")))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
