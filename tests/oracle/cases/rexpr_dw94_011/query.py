from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(F.coalesce((col("m") < expr("12.345")), lit(True))).selectExpr("id", "(n - n) AS c1", "coalesce(array_join(transform(split(t, ' '), x -> initcap(x)), ''), t, 'x-y') AS c2", "ifnull(id, 0L) AS c3", "(i + id) AS c4").where(((F.nvl(col("m").isNotNull(), lit(None).cast("boolean")) & (col("d") == col("i"))) | (col("i") <= lit(10))))
OUTPUT_MODE = "append"
