from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(s < 'abc')").withColumn("c1", F.abs(col("m"))).withColumn("c2", F.log2(F.abs((col("n") + col("n"))) + lit(1))).withColumn("c3", expr("TRY_CAST(rpad(concat('日本', t), 0, ' ') AS DECIMAL(10,4))")).drop("d", "m", "n", "s", "b").filter(col("b").isNotNull())
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT dt, c2, c1 FROM rexpr_q ORDER BY t ASC NULLS LAST, id DESC"]
