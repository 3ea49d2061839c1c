from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.factorial(F.abs(F.ascii(col("s"))) % 25)).withColumn("c2", expr("sequence(i % 5, 4)")).withColumn("c3", expr("from_xml('<ROW x=\"' || i || '\"><v>' || f || '</v></ROW>', '_x INT, v DOUBLE')")).drop("j", "f", "n", "s", "t", "ts")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT d FROM rexpr_q ORDER BY id"]
