from pyspark.sql import functions as F
from pyspark.sql.functions import col, expr
df = spark.readStream.schema("id INT, s STRING, m INT").json(INPUT)
result = df.select("id", F.posexplode_outer(F.split("s", " "))).filter(col("m") > 0)
OUTPUT_MODE = "append"
